package org.minzheng.flow.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nodes' way to the database server: a TCP relay to MariaDB that can be cut as a
 * restart of the server cuts it — every open connection reset (the server rolls back
 * their transactions and frees their locks), new connections refused until it is back —
 * without restarting the server other tests on the machine share.
 */
final class DatabaseLink implements AutoCloseable {

	private final String host;

	private final int port;

	private final int localPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	final AtomicLong connections = new AtomicLong();

	private volatile ServerSocket listener;

	private volatile boolean closed;

	DatabaseLink(String hostAndPort) throws IOException {
		String[] parts = hostAndPort.split(":");
		this.host = parts[0];
		this.port = parts.length > 1 ? Integer.parseInt(parts[1]) : 3306;
		this.listener = listen(0);
		this.localPort = listener.getLocalPort();
		accept(listener);
	}

	/** host:port for the nodes' JDBC URL. */
	String address() {
		return "127.0.0.1:" + localPort;
	}

	/**
	 * Resets every connection and refuses new ones for {@code downtime}, then lets them
	 * through again.
	 * @return the connections reset
	 */
	int cut(Duration downtime) throws IOException {
		listener.close();
		int reset = open.size();
		for (Socket socket : open) {
			try {
				socket.setSoLinger(true, 0);
				socket.close();
			}
			catch (IOException ex) {
				// gone already
			}
		}
		open.clear();
		ClusterClient.pause(downtime.toMillis());
		listener = listen(localPort);
		accept(listener);
		return reset;
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket server) {
		Thread thread = new Thread(() -> {
			while (!server.isClosed() && !closed) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket(host, port);
					connections.incrementAndGet();
					open.add(client);
					open.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// closed by cut() or close(), or the server refused
				}
			}
		}, "database-link-accept");
		thread.setDaemon(true);
		thread.start();
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side went away
			}
			finally {
				close(from);
				close(to);
			}
		}, "database-link-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void close(Socket socket) {
		open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			listener.close();
		}
		catch (IOException ex) {
			// closed already
		}
		open.forEach(this::close);
	}

}
