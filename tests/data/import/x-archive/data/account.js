window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "owner@example.org",
      "createdVia" : "web",
      "username" : "owner_new",
      "accountId" : "900",
      "createdAt" : "2014-01-01T10:00:00.000Z",
      "accountDisplayName" : "Owner 🦉"
    }
  }
]