package org.minzheng.flow.calendar;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CalendarDayMapper {

	@Select("SELECT cal_date, kind, name FROM calendar_day ORDER BY cal_date")
	List<CalendarDay> findAll();

}
