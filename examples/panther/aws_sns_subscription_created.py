def rule(event):
    return event.get("eventName") == "Subscribe" and event.deep_get("requestParameters", "protocol") in ("email", "http", "https")
