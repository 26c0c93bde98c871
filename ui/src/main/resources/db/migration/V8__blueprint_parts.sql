-- How many questions of each area and type a test has (Moodle's random questions per category):
-- "area:type:count" separated by semicolons, '*' for any of the blueprint's; empty to spread the
-- blueprint's number of questions evenly over its areas and types.
alter table test_blueprint add column parts varchar(1000) default '' not null;
