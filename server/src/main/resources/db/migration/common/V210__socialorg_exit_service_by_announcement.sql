-- Zombie exit: how the hearing notice was served (DIRECT or ANNOUNCEMENT = 公告送达), when the
-- announcement was published and the day service took effect (the hearing period runs from it).
ALTER TABLE so_exit_candidate ADD COLUMN service_mode VARCHAR(12);
ALTER TABLE so_exit_candidate ADD COLUMN notice_published_on DATE;
ALTER TABLE so_exit_candidate ADD COLUMN served_on DATE;
