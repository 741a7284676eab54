-- Party dues (đảng phí): the record of who has paid which month. The bot takes and moves no money.

-- A month paid: how much, when and how (PORTAL: Cổng Dịch vụ công Quốc gia; CASH: to the cell), and who recorded it.
CREATE TABLE dues_payment (
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    month       VARCHAR(7)  NOT NULL,
    amount      BIGINT,
    paid_on     VARCHAR(10) NOT NULL,
    method      VARCHAR(10) NOT NULL,
    source      VARCHAR(10) NOT NULL,
    recorded_by BIGINT,
    recorded_at BIGINT      NOT NULL,
    PRIMARY KEY (member_id, month)
);
CREATE INDEX dues_payment_month ON dues_payment (month);

-- An exemption (EXEMPT), a reduction (REDUCED, by percent) or leave to pay late or ahead (DEFERRED), from one month
-- to another (both included, at most 12 months), with its reason.
CREATE TABLE dues_exemption (
    id         INTEGER      PRIMARY KEY,
    member_id  BIGINT       NOT NULL REFERENCES member (id),
    kind       VARCHAR(10)  NOT NULL,
    percent    INTEGER,
    from_month VARCHAR(7)   NOT NULL,
    to_month   VARCHAR(7)   NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    set_at     BIGINT       NOT NULL
);
CREATE INDEX dues_exemption_member ON dues_exemption (member_id);

-- What a member declared as the basis of their dues, so the amount due can be shown (never enforced).
CREATE TABLE dues_basis (
    member_id  BIGINT      PRIMARY KEY REFERENCES member (id),
    basis      VARCHAR(20) NOT NULL,
    base       BIGINT,
    updated_at BIGINT      NOT NULL
);

-- A cell's dues settings: who records payments (null: the secretary), the day of the month members who have not paid
-- are reminded, and the first month the cell keeps its dues in the bot.
CREATE TABLE dues_setting (
    cell_id     BIGINT     PRIMARY KEY REFERENCES org_unit (id),
    collector   BIGINT     REFERENCES member (id),
    remind_day  INTEGER    NOT NULL,
    start_month VARCHAR(7),
    updated_at  BIGINT     NOT NULL
);
