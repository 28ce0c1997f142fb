package org.minzheng.flow.attachment;

import org.minzheng.flow.shared.InputRules;
import org.springframework.dao.DuplicateKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads a case's attachments. The feature decides who may see and add (it
 * knows the case); this service checks the file itself: not empty, at most
 * {@value #MAX_BYTES} bytes, a PDF, JPEG or PNG by its first bytes (whatever the name or
 * the browser claims), and at most {@value #MAX_PER_CASE} per case.
 */
@Service
public class Attachments {

	/** Largest file accepted: 5 MB, as the multipart limit. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Longest file name kept (the column's width, in UTF-16 units); a longer one keeps
	 * its end.
	 */
	public static final int MAX_NAME = 200;

	/** Most attachments one case may hold. */
	public static final int MAX_PER_CASE = 50;

	private final AttachmentMapper attachments;

	private final AuditTrail audit;

	private final Clock clock;

	Attachments(AttachmentMapper attachments, AuditTrail audit, Clock clock) {
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks and stores a file for a case, and records it in the case's audit trail. */
	@Transactional
	public Attachment add(String caseRef, String fileName, byte[] content, StaffUser user, Role role,
			String orgUnitCode) {
		String name = cleanName(fileName);
		if (content == null || content.length == 0) {
			throw ApiException.badRequest("ATTACHMENT_EMPTY", "file", "文件是空的，请重新选择");
		}
		if (content.length > MAX_BYTES) {
			throw tooLarge();
		}
		String type = contentType(content).orElseThrow(
				() -> ApiException.badRequest("ATTACHMENT_TYPE_NOT_ALLOWED", "file", "只能上传 PDF、JPG 或 PNG 格式的扫描件"));
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (!matches(type, extension)) {
			throw ApiException.badRequest("ATTACHMENT_TYPE_MISMATCH", "file", "文件扩展名与文件内容不符，请上传真实的 PDF、JPG 或 PNG 文件");
		}
		NewAttachment row = new NewAttachment(caseRef, name, type, content, sha256(content), user.username(),
				orgUnitCode, clock.instant());
		insertInFreeSlot(row);
		audit.record(user, role, orgUnitCode, caseRef, "ATTACHMENT_ADDED",
				"上传附件 " + name + "（" + sizeText(content.length) + "）", null);
		return attachments.find(row.id);
	}

	/**
	 * Takes the next slot of the case (1 to {@value #MAX_PER_CASE}). Uploads at the same
	 * moment compute the same slot; the unique index lets one have it and the others
	 * count again (read committed: they see the winner) and take the next, until none is
	 * left.
	 */
	private void insertInFreeSlot(NewAttachment row) {
		for (int attempt = 0; attempt <= MAX_PER_CASE; attempt++) {
			int used = attachments.countForCase(row.caseRef);
			if (used >= MAX_PER_CASE) {
				throw limitReached();
			}
			try {
				attachments.insert(row, used + 1);
				return;
			}
			catch (DuplicateKeyException taken) {
				// another upload took the slot: count again
			}
		}
		throw limitReached();
	}

	private static ApiException limitReached() {
		return ApiException.conflict("ATTACHMENT_LIMIT", "每个案件最多上传 {0} 个附件", MAX_PER_CASE);
	}

	@Transactional(readOnly = true)
	public List<Attachment> forCase(String caseRef) {
		return attachments.forCase(caseRef);
	}

	@Transactional(readOnly = true)
	public Optional<Attachment> find(long id) {
		return Optional.ofNullable(attachments.find(id));
	}

	@Transactional(readOnly = true)
	public byte[] content(long id) {
		AttachmentMapper.Content content = attachments.content(id);
		return content == null ? new byte[0] : content.content();
	}

	/** The refusal for a file over the limit. */
	private static ApiException tooLarge() {
		return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE", "文件超过 5 MB，请压缩或分页扫描后再上传",
				java.util.Map.of("field", "file"));
	}

	/** PDF, JPEG or PNG, told by the file's first bytes. */
	static Optional<String> contentType(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean matches(String type, String extension) {
		return switch (type) {
			case "application/pdf" -> extension.equals("pdf");
			case "image/jpeg" -> extension.equals("jpg") || extension.equals("jpeg");
			case "image/png" -> extension.equals("png");
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The file's own name without any folder or characters a file system refuses, in NFC;
	 * a name with control or direction characters ({@code 发票\u202Efdp.exe} reads as
	 * 发票exe.pdf) is refused, one over {@value #MAX_NAME} characters keeps its end.
	 */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		try {
			name = InputRules.text(name.replace("\t", " "));
		}
		catch (InputRules.Violation violation) {
			if (!"TEXT_BLANK".equals(violation.code())) {
				throw ApiException.badRequest("ATTACHMENT_NAME_INVALID", "file", "文件名{0}", violation.getMessage());
			}
		}
		name = name.replaceAll("[\"<>|:*?]", "").strip();
		if (name.isEmpty()) {
			throw ApiException.badRequest("ATTACHMENT_NAME_MISSING", "file", "文件没有名称");
		}
		if (name.length() <= MAX_NAME) {
			return name;
		}
		// counted in UTF-16 units, as H2 counts a column's width (MariaDB counts
		// characters):
		// within both; a four-byte character is never cut in half
		int from = name.length() - MAX_NAME;
		return name.substring(Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A file size as the workbench writes it (web/src/util.js formatSize): bytes below 1
	 * KB, then KB or MB with one decimal, so the timeline and the attachment lists agree.
	 */
	public static String sizeText(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}
