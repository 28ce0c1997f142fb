package org.minzheng.flow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tiny HTTP/1.1 client whose connections leave from a chosen local address — the whole
 * of 127.0.0.0/8 is loopback on Linux — so that the server sees a different client
 * address ({@code getRemoteAddr()}) without trusting any header. {@code java.net.http}
 * cannot bind a local address on Java 17. One request per connection
 * ({@code Connection: close}); keeps cookies like a browser.
 */
public final class RawHttpClient {

	private final int port;

	private final InetAddress local;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public RawHttpClient(int port, String localAddress) {
		this.port = port;
		try {
			this.local = InetAddress.getByName(localAddress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Signs in the way a fresh browser does: fetches the sign-in page (for the XSRF-TOKEN
	 * cookie), then posts the form — as the workbench does ({@code json}: JSON answers)
	 * or as a plain form post (redirects).
	 */
	public static Response signIn(int port, String localAddress, String username, String password, boolean json) {
		return signIn(port, localAddress, username, password, json, Map.of());
	}

	/** Signs in with more request headers. */
	public static Response signIn(int port, String localAddress, String username, String password, boolean json,
			Map<String, String> extraHeaders) {
		RawHttpClient client = new RawHttpClient(port, localAddress);
		client.send("GET", "/login", Map.of(), null);
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
				+ enc(client.cookies.getOrDefault("XSRF-TOKEN", ""));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		if (json) {
			headers.put("Accept", "application/json");
			headers.put("X-Requested-With", "XMLHttpRequest");
		}
		headers.putAll(extraHeaders);
		return client.send("POST", "/login", headers, form);
	}

	/** Sends one request on a new connection from the local address. */
	public Response send(String method, String path, Map<String, String> headers, String body) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		head.append("Host: 127.0.0.1:").append(port).append("\r\n");
		head.append("Connection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (!cookies.isEmpty()) {
			head.append("Cookie: ");
			head.append(
					String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
			head.append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(local, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			Response response = read(socket.getInputStream());
			for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
				String pair = cookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response read(InputStream in) throws IOException {
		String statusLine = line(in);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("not an HTTP response: " + statusLine);
		}
		int status = Integer.parseInt(parts[1]);
		Map<String, List<String>> headers = new TreeMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		byte[] body;
		if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
				chunks.write(in.readNBytes(size));
				line(in);
			}
			// trailers, up to the blank line
			while (!line(in).isEmpty()) {
				// skipped
			}
			body = chunks.toByteArray();
		}
		else if (headers.containsKey("content-length")) {
			body = in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
		}
		else {
			body = in.readAllBytes();
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static int chunkSize(String line) {
		return Integer.parseInt(line.split(";", 2)[0].trim(), 16);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				if (line.size() == 0) {
					return "";
				}
				break;
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A response: status, headers by lower-cased name (in the order received), body.
	 */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
			return values.isEmpty() ? "" : values.get(0);
		}

		/**
		 * Everything but the named headers: what two answers must share to be the same.
		 */
		public Map<String, List<String>> headersExcept(String... names) {
			Map<String, List<String>> kept = new TreeMap<>(headers);
			kept.keySet().removeAll(Set.of(names));
			return kept;
		}

		@Override
		public String toString() {
			return status + " " + headersExcept("date", "set-cookie") + " " + body;
		}

	}

}
