-- Work only one instance may do at a time (polling a platform, sending the outbox) is held by a lease that its
-- holder renews; another instance takes it over once it has expired (a holder that died).
CREATE TABLE cluster_lease (
    name       VARCHAR(100) PRIMARY KEY,
    holder     VARCHAR(200) NOT NULL,
    expires_at BIGINT       NOT NULL
);
