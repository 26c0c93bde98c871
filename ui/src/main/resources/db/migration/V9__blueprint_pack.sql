-- Blueprints and practice name the pack (organization) their questions are drawn from. Every
-- blueprint stored so far is of the built-in pack; a practice preference without a pack practises
-- the built-in one.
alter table test_blueprint add column pack varchar(64) default 'csto' not null;
alter table test_blueprint alter column pack drop default;

alter table practice_preference add column pack varchar(64);
