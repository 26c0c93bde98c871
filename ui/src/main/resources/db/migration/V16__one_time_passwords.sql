-- An instructor can give an account a one-time password: its owner must choose a new one before
-- anything else. Each such reset counts up the account's session generation, and a session begun
-- under an earlier generation ends at its next request.
alter table user_account add column must_change_password boolean default false not null;
alter table user_account add column session_generation integer default 0 not null;
