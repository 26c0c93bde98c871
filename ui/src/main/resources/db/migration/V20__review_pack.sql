-- The organization a learner last reviewed, kept between visits (null: the default pack).
alter table learner_settings add column review_pack varchar(64);
