window.YTD.tweets.part0 = [
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
          },
          {
            "name" : "Dave",
            "screen_name" : "dave",
            "indices" : [
              "33",
              "38"
            ],
            "id_str" : "4",
            "id" : "4"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "id_str" : "5002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5002",
      "created_at" : "Mon Mar 02 11:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "@bob @carol thanks &amp; welcome @dave",
      "lang" : "en",
      "in_reply_to_status_id_str" : "4000",
      "in_reply_to_status_id" : "4000",
      "in_reply_to_user_id_str" : "2",
      "in_reply_to_user_id" : "2",
      "in_reply_to_screen_name" : "bob"
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
            "name" : "Erin",
            "screen_name" : "erin",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "5",
            "id" : "5"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "5003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5003",
      "created_at" : "Mon Mar 02 12:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @erin: Big news from the harbour 🚢",
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
            "name" : "Frank",
            "screen_name" : "frank_new",
            "indices" : [
              "11",
              "21"
            ],
            "id_str" : "6",
            "id" : "6"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "5004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5004",
      "created_at" : "Tue Mar 03 09:30:00 +0000 2020",
      "favorited" : false,
      "full_text" : "Lunch with @frank_new today",
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
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/abc0",
            "expanded_url" : "https://twitter.com/Grace/status/4100",
            "display_url" : "twitter.com/Grace/st",
            "indices" : [
              "0",
              "1"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "5008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5008",
      "created_at" : "Tue Mar 03 10:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "Look at this https://t.co/abc0",
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
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "5010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5010",
      "created_at" : "Tue Mar 03 11:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "More on the fish, a thread",
      "lang" : "en",
      "in_reply_to_status_id_str" : "5001",
      "in_reply_to_status_id" : "5001",
      "in_reply_to_user_id_str" : "900",
      "in_reply_to_user_id" : "900",
      "in_reply_to_screen_name" : "owner_new"
    }
  }
]