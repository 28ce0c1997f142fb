package org.minzheng.flow.aid.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minzheng.flow.aid.roster.PaymentRosters.Roster;
import org.minzheng.flow.aid.roster.PaymentRosters.Total;
import org.minzheng.flow.shared.Csv;

/**
 * The roster as files for finance, one table with Chinese headers: a row per household
 * (stopped ones with 0 and last month's amount), then a totals row per benefit type and
 * the overall total. CSV is UTF-8 with a BOM through {@link Csv} (its formula guard);
 * XLSX has amounts as numbers in yuan.
 */
final class RosterFiles {

	static final List<String> HEADERS = List.of("序号", "街道", "家庭编号", "案件编号", "申请人", "身份证号", "人数", "救助类别", "本月金额（元）",
			"变动", "上月金额（元）", "备注");

	private RosterFiles() {
	}

	static byte[] csv(Roster roster) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(Csv.row("发放名册", roster.unitName(), roster.month().toString()));
		csv.append(Csv.row(HEADERS.toArray(String[]::new)));
		int no = 0;
		for (PaymentRosters.Row r : roster.rows()) {
			csv.append(Csv.row(String.valueOf(++no), r.streetName(), r.householdNo(), r.applicationNo(),
					r.applicantName(), r.applicantId(), String.valueOf(r.persons()), r.benefitLabel(),
					yuan(r.amountFen()), r.change().label(),
					r.previousAmountFen() == null ? "" : yuan(r.previousAmountFen()), note(r)));
		}
		for (Total total : roster.totals()) {
			csv.append(Csv.row("合计：" + total.label(), "", total.households() + " 户", "", "", "",
					String.valueOf(total.persons()), total.label(), yuan(total.amountFen()), "", "", ""));
		}
		csv.append(Csv.row("总计", "", roster.households() + " 户", "", "", "", String.valueOf(roster.persons()), "",
				yuan(roster.totalFen()), "", "", ""));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Roster roster) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("发放名册");
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("发放名册 " + roster.unitName() + " " + roster.month());
			Row header = sheet.createRow(1);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(HEADERS.get(i));
				cell.setCellStyle(bold);
			}
			int at = 2;
			int no = 0;
			for (PaymentRosters.Row r : roster.rows()) {
				Row row = sheet.createRow(at++);
				row.createCell(0).setCellValue(++no);
				row.createCell(1).setCellValue(r.streetName());
				row.createCell(2).setCellValue(r.householdNo());
				row.createCell(3).setCellValue(r.applicationNo());
				row.createCell(4).setCellValue(r.applicantName());
				row.createCell(5).setCellValue(r.applicantId());
				row.createCell(6).setCellValue(r.persons());
				row.createCell(7).setCellValue(r.benefitLabel());
				amount(row, 8, r.amountFen(), money);
				row.createCell(9).setCellValue(r.change().label());
				if (r.previousAmountFen() != null) {
					amount(row, 10, r.previousAmountFen(), money);
				}
				row.createCell(11).setCellValue(note(r));
			}
			for (Total total : roster.totals()) {
				totalRow(sheet.createRow(at++), "合计：" + total.label(), total.households(), total.persons(),
						total.amountFen(), money, bold);
			}
			totalRow(sheet.createRow(at), "总计", roster.households(), roster.persons(), roster.totalFen(), money, bold);
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, i == 5 || i == 3 ? 24 * 256 : 14 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void totalRow(Row row, String label, int households, int persons, long amountFen, CellStyle money,
			CellStyle bold) {
		Cell first = row.createCell(0);
		first.setCellValue(label);
		first.setCellStyle(bold);
		row.createCell(2).setCellValue(households + " 户");
		row.createCell(6).setCellValue(persons);
		amount(row, 8, amountFen, money);
	}

	private static void amount(Row row, int column, long fen, CellStyle money) {
		Cell cell = row.createCell(column);
		cell.setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
		cell.setCellStyle(money);
	}

	private static String note(PaymentRosters.Row r) {
		return r.complete() ? "" : "部分项目无现行标准，未计发";
	}

	static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}

}
