-- What each learner last asked of a practice session, offered again on the practice form.
-- Areas and types as JSON names separated by commas, empty for all; minutes 0 for untimed.
create table practice_preference (
    owner      varchar(64)  not null primary key,
    version    bigint       not null,
    areas      varchar(255) not null,
    types      varchar(255) not null,
    questions  integer      not null,
    minutes    integer      not null,
    scheme     varchar(32)  not null,
    constraint ck_practice_preference_questions check (questions between 1 and 100),
    constraint ck_practice_preference_minutes check (minutes between 0 and 180),
    constraint ck_practice_preference_scheme check (scheme in ('PLAIN', 'PARTIAL_CREDIT', 'EXAM_NEGATIVE'))
);
