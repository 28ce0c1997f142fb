package org.minzheng.flow.calendar;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Reads and replaces a year of the holiday arrangements. */
@Mapper
interface HolidayDayMapper {

	@Select("SELECT cal_date, kind, name FROM calendar_day WHERE cal_date BETWEEN #{from} AND #{to} ORDER BY cal_date")
	List<CalendarDay> between(@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Delete("DELETE FROM calendar_day WHERE cal_date BETWEEN #{from} AND #{to}")
	int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Insert("INSERT INTO calendar_day (cal_date, kind, name) VALUES (#{date}, #{kind}, #{name})")
	void insert(@Param("date") LocalDate date, @Param("kind") String kind, @Param("name") String name);

}
