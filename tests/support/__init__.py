"""What both test tiers share: building the app, a person chatting with it, its rows."""
