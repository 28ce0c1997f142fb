package org.minzheng.flow.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline writes an upload's size as the workbench's lists do (web/src/util.js
 * formatSize, pinned by web/test/format-size.test.mjs to the same figures).
 */
class AttachmentSizeTextTest {

	@Test
	void writesSizesAsTheWorkbenchDoes() {
		assertThat(Attachments.sizeText(193)).isEqualTo("193 B");
		assertThat(Attachments.sizeText(1023)).isEqualTo("1023 B");
		assertThat(Attachments.sizeText(1024)).isEqualTo("1.0 KB");
		assertThat(Attachments.sizeText(1536)).isEqualTo("1.5 KB");
		assertThat(Attachments.sizeText(5 * 1024 * 1024)).isEqualTo("5.0 MB");
	}

}
