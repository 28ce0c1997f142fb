-- Official holiday arrangements: HOLIDAY = day off, WORKDAY = weekend day that is worked (调休).
-- Days not listed follow the weekday rule. Seeded by V11.1 from reference/cn-public-holidays.csv.
CREATE TABLE calendar_day (
  cal_date DATE       NOT NULL PRIMARY KEY,
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(50) NOT NULL
);
