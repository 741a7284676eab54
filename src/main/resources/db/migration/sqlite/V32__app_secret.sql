-- Secrets the app makes for itself on first start and every instance shares: the key that signs web chat ids.
CREATE TABLE app_secret (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT         NOT NULL
);
