-- A test assigned as a fixed paper: the questions an instructor chose in the bank, in their order,
-- the same for every learner of the class. An assignment is either drawn from a blueprint or a paper.
alter table class_assignment alter column blueprint_id drop not null;
alter table class_assignment add column paper_pack varchar(64);
alter table class_assignment add column paper_seed bigint;
alter table class_assignment add constraint ck_class_assignment_test
    check ((blueprint_id is null and paper_pack is not null and paper_seed is not null)
        or (blueprint_id is not null and paper_pack is null and paper_seed is null));

create table assignment_question (
    assignment_id bigint       not null,
    slot          int          not null,
    question_id   varchar(100) not null,
    constraint pk_assignment_question primary key (assignment_id, slot),
    constraint fk_assignment_question_assignment foreign key (assignment_id) references class_assignment (id)
);
