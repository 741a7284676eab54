-- Reaching members by phone (Zalo ZNS, SMS through an Android gateway), the personal answer link and the call list.

-- Which route each member's notice took: one row per notice and member (its first message), so the call list can
-- say what was tried and whether it arrived; phone messages keep their committee, whose ZNS messages are counted.
CREATE TABLE notice_route (
    outbox_id    BIGINT       PRIMARY KEY,
    purpose      VARCHAR(300) NOT NULL,
    member_id    BIGINT       NOT NULL,
    committee_id BIGINT,
    channel      VARCHAR(20)  NOT NULL,
    queued_at    BIGINT       NOT NULL
);
CREATE INDEX notice_route_purpose ON notice_route (purpose, member_id);
CREATE INDEX notice_route_committee ON notice_route (committee_id, channel, queued_at);

-- A receipt from ZNS or the SMS gateway that the message reached the phone.
ALTER TABLE outbox_message ADD COLUMN delivered_at BIGINT;
-- A phone route's messages are read in queue order: thousands of numbers, one message each, no grouping by chat.
CREATE INDEX outbox_message_channel_pending ON outbox_message (state, channel, id);

-- A phone route that cannot reach this member (the number has no Zalo, the gateway refused it): tried no more.
CREATE TABLE phone_route_refusal (
    member_id  BIGINT        NOT NULL REFERENCES member (id),
    channel    VARCHAR(20)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    refused_at BIGINT        NOT NULL,
    PRIMARY KEY (member_id, channel)
);

-- The Zalo OA token pair: a refresh token works once, so the new pair is written before it is used.
CREATE TABLE zns_token (
    id               INTEGER       PRIMARY KEY,
    access_token     VARCHAR(2000),
    refresh_token    VARCHAR(2000) NOT NULL,
    access_expires_at BIGINT       NOT NULL,
    updated_at       BIGINT        NOT NULL
);

-- Webhook events from the SMS gateway already handled: the same event again is a replay.
CREATE TABLE sms_webhook_event (
    event_id    VARCHAR(200) PRIMARY KEY,
    received_at BIGINT       NOT NULL
);

-- A member's personal answer link for one meeting, valid until the meeting starts.
CREATE TABLE answer_link (
    code       VARCHAR(40) PRIMARY KEY,
    member_id  BIGINT      NOT NULL REFERENCES member (id),
    meeting_id BIGINT      NOT NULL REFERENCES meeting (id),
    created_at BIGINT      NOT NULL,
    UNIQUE (member_id, meeting_id)
);

-- What the secretary recorded of a call (a reply by phone is also kept as the member's reply); recorded_by is null
-- when recorded through the admin API.
CREATE TABLE member_call (
    id          INTEGER      PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL REFERENCES meeting (id),
    member_id   BIGINT       NOT NULL REFERENCES member (id),
    outcome     VARCHAR(30)  NOT NULL,
    reason      VARCHAR(300),
    recorded_by BIGINT       REFERENCES member (id),
    recorded_at BIGINT       NOT NULL
);
CREATE INDEX member_call_meeting ON member_call (meeting_id, member_id, id);
