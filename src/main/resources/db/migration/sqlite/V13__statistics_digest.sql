-- The monthly digest each committee admin has been sent, so that it goes once per month and admin.
CREATE TABLE stats_digest (
    member_id INTEGER    NOT NULL REFERENCES member (id),
    month     VARCHAR(7) NOT NULL,
    sent_at   BIGINT     NOT NULL,
    PRIMARY KEY (member_id, month)
);
