-- How long each quiz question may take: a committee's own setting (inherited down the tree, the bot's default where
-- none is set), and a member's own pace as a share of it (150 = half as long again), for those who read slowly.
CREATE TABLE quiz_setting (
    unit_id              BIGINT  NOT NULL PRIMARY KEY REFERENCES org_unit (id),
    seconds_per_question INTEGER NOT NULL,
    updated_at           BIGINT  NOT NULL
);

CREATE TABLE quiz_pace (
    member_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES member (id),
    percent    INTEGER NOT NULL,
    updated_at BIGINT  NOT NULL
);
