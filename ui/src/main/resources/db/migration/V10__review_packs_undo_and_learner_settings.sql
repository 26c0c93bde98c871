-- Review keeps each pack's facts apart: a fact id is unique within its pack only. Every card and
-- answer stored so far is of the built-in pack.
alter table review_card add column pack varchar(64) default 'csto' not null;
alter table review_card alter column pack drop default;
alter table review_card drop constraint uk_review_card;
alter table review_card add constraint uk_review_card unique (username, pack, fact_id);

alter table review_log add column pack varchar(64) default 'csto' not null;
alter table review_log alter column pack drop default;
-- The question asked, and whether the learner rated the answer (or took the rating suggested).
alter table review_log add column question_id varchar(64);
alter table review_log add column self_rated boolean default false not null;
-- The card as it was before this review, so that the review can be undone: NONE when the review
-- introduced the fact; no state at all for answers stored before reviews could be undone.
alter table review_log add column prev_state varchar(16);
alter table review_log add column prev_introduced_at timestamp;
alter table review_log add column prev_due timestamp;
alter table review_log add column prev_stability double precision;
alter table review_log add column prev_difficulty double precision;
alter table review_log add column prev_elapsed_days integer;
alter table review_log add column prev_scheduled_days integer;
alter table review_log add column prev_reps integer;
alter table review_log add column prev_lapses integer;
alter table review_log add column prev_learning_steps integer;
alter table review_log add column prev_last_review timestamp;
alter table review_log add constraint ck_review_log_prev_state
    check (prev_state in ('NONE', 'NEW', 'LEARNING', 'REVIEW', 'RELEARNING'));
create index ix_review_log_user_pack_fact on review_log (username, pack, fact_id);

-- What each learner keeps between visits: the time zone their days are counted in (as their
-- browser reports it) and how they like to recall in review.
create table learner_settings (
    username    varchar(64) primary key,
    time_zone   varchar(64),
    recall_mode varchar(16) not null,
    constraint fk_learner_settings_account foreign key (username) references user_account (username),
    constraint ck_learner_settings_recall_mode check (recall_mode in ('WITH_OPTIONS', 'QUESTION_ONLY'))
);
