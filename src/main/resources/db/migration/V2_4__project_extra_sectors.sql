-- SNI 2007 divisions a project accepts besides manufacturing (10-33), edited on the project page: "62,71"
alter table project add column extra_sectors varchar(300);
