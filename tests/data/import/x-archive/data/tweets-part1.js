window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/abc0",
            "expanded_url" : "https://example.org/fish",
            "display_url" : "example.org/fish",
            "indices" : [
              "0",
              "1"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "12",
      "id_str" : "5001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "5001",
      "created_at" : "Mon Mar 02 10:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "Fish &amp; chips &lt;3 &gt; salad 🐟🍟 &#39;yum&#39;",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Owner",
            "screen_name" : "owner_old",
            "indices" : [
              "10",
              "20"
            ],
            "id_str" : "900",
            "id" : "900"
          },
          {
            "name" : "Frank F.",
            "screen_name" : "frank_old",
            "indices" : [
              "24",
              "34"
            ],
            "id_str" : "6",
            "id" : "6"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "5006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5006",
      "created_at" : "Sun Mar 01 08:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "Note from @owner_old to @frank_old",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "5007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5007",
      "created_at" : "Sun Jan 01 00:00:00 +0000 0000",
      "favorited" : false,
      "full_text" : "A date no platform can have",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "",
            "screen_name" : "ghost_acct",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "-1",
            "id" : "-1"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "5009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5009",
      "created_at" : "Sun Mar 01 09:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @ghost_acct: boo",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bob",
            "screen_name" : "bob",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "2",
            "id" : "2"
          },
          {
            "name" : "Carol",
            "screen_name" : "carol",
            "indices" : [
              "5",
              "11"
            ],
            "id_str" : "3",
            "id" : "3"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "5011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5011",
      "created_at" : "Thu Jun 04 15:16:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@bob @carol old style reply",
      "lang" : "en",
      "in_reply_to_status_id_str" : "3000",
      "in_reply_to_status_id" : "3000",
      "in_reply_to_user_id_str" : "2",
      "in_reply_to_user_id" : "2",
      "in_reply_to_screen_name" : "bob"
    }
  },
  {
    "tweet" : {
      "full_text" : "a record without an id",
      "created_at" : "Sun Mar 01 10:00:00 +0000 2020"
    }
  }
]