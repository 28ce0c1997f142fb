package org.minzheng.flow.processes.model;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shape limits an uploaded model or decision file must keep before anything builds a
 * tree of it: nesting depth and element count, read by a streaming parser that stops at
 * the first element over a limit (so 100,000 nested elements are refused as fast as 101).
 * The DOM parser, the model API, the engine's parser and the diff all read only documents
 * within these limits.
 */
public final class XmlLimits {

	/**
	 * Deepest nesting accepted. The shipped models nest at most 9 deep (definitions,
	 * process, sub-process, task, extension elements, input/output, parameter, …).
	 */
	public static final int MAX_DEPTH = 64;

	/** Most elements accepted (the largest shipped model has about 2,000). */
	public static final int MAX_ELEMENTS = 50_000;

	/** Most attributes on one element. */
	public static final int MAX_ATTRIBUTES = 64;

	/**
	 * An element found at a position: its qualified name, the id of it or its nearest
	 * enclosing element (if any) and where its start tag ends.
	 */
	public record Located(String name, String id, int line, int column) {
	}

	private XmlLimits() {
	}

	/**
	 * The first limit the document breaks, or {@code null} when it keeps them all (or is
	 * not well-formed, which the hardened parser reports with its position).
	 */
	public static ModelRules.Problem check(byte[] xml) {
		XMLStreamReader reader = null;
		try {
			reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
			int depth = 0;
			int elements = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					return new ModelRules.Problem(null, null, "XML_DOCTYPE_NOT_ALLOWED",
							ModelCheck.message("XML_DOCTYPE_NOT_ALLOWED"),
							"The file holds a document type declaration (DOCTYPE), which is refused for safety", null,
							null);
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					elements++;
					if (depth > MAX_DEPTH) {
						return limit("MODEL_TOO_DEEP", "元素嵌套超过 " + MAX_DEPTH + " 层",
								"Elements are nested more than " + MAX_DEPTH + " deep", reader);
					}
					if (elements > MAX_ELEMENTS) {
						return limit("MODEL_TOO_MANY_ELEMENTS", "元素超过 " + MAX_ELEMENTS + " 个",
								"The file holds more than " + MAX_ELEMENTS + " elements", reader);
					}
					if (reader.getAttributeCount() > MAX_ATTRIBUTES) {
						return limit("MODEL_TOO_MANY_ATTRIBUTES", "一个元素的属性超过 " + MAX_ATTRIBUTES + " 个",
								"An element holds more than " + MAX_ATTRIBUTES + " attributes", reader);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			// not well-formed: the DOM parser says where
			return null;
		}
		finally {
			close(reader);
		}
	}

	/**
	 * The element whose start tag is at or last before a position a parser reported (for
	 * a schema error: which element it concerns). A position without a column
	 * ({@code Integer.MAX_VALUE}) finds the last element that starts on the line.
	 */
	public static Located elementAt(byte[] xml, int line, int column) {
		XMLStreamReader reader = null;
		Located found = null;
		java.util.Deque<String> ids = new java.util.ArrayDeque<>();
		try {
			reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.END_ELEMENT && !ids.isEmpty()) {
					ids.pop();
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String own = reader.getAttributeValue(null, "id");
					ids.push(own != null ? own : ids.isEmpty() ? "" : ids.peek());
					int atLine = reader.getLocation().getLineNumber();
					int atColumn = reader.getLocation().getColumnNumber();
					if (atLine > line || (atLine == line && atColumn > column)) {
						break;
					}
					String prefix = reader.getPrefix();
					String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + reader.getLocalName();
					found = new Located(name, ids.peek().isEmpty() ? null : ids.peek(), atLine, atColumn);
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			// the position is past where the stream can be read: the last element found
		}
		finally {
			close(reader);
		}
		return found;
	}

	private static ModelRules.Problem limit(String code, String message, String messageEn, XMLStreamReader reader) {
		int line = reader.getLocation().getLineNumber();
		int column = reader.getLocation().getColumnNumber();
		return new ModelRules.Problem(null, null, code, "文件" + message + "，不予接受（第 " + line + " 行第 " + column + " 列）",
				messageEn + "; refused (line " + line + ", column " + column + ")", line, column);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		return factory;
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing held
			}
		}
	}

}
