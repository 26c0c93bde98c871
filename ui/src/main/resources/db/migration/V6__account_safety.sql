-- A user name is one account whatever its case: the normalised (lower-case) name is unique.
alter table user_account add column username_key varchar(100);
update user_account set username_key = lower(username);
-- Names registered twice in different case before this rule (neither account could log in): the
-- first account keeps the name; a later one keeps its row and data under a key no login reaches.
update user_account u set username_key = u.username_key || '~' || cast(u.id as varchar(20))
where exists (select 1 from user_account e where lower(e.username) = lower(u.username) and e.id < u.id);
alter table user_account alter column username_key set not null;
alter table user_account add constraint uk_user_account_username_key unique (username_key);

-- A suspended account cannot log in, and its open sessions end at their next request.
alter table user_account add column suspended boolean default false not null;

-- The one row every registration and role change updates first: the update locks it until the
-- transaction ends, so these changes take turns on every instance, and "the first account is an
-- instructor" and "the last instructor is never demoted" hold however many arrive at once.
create table account_changes (
    id      integer primary key,
    changes bigint not null
);
insert into account_changes (id, changes) values (1, 0);
