package org.minzheng.flow.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers for the client tests. */
public final class RegistryTestSupport {

	private RegistryTestSupport() {
	}

	/** An endpoint on localhost with a short but safe connect timeout. */
	public static RegistryEndpoint endpoint(int port, Duration readTimeout) {
		return new RegistryEndpoint(URI.create("http://localhost:" + port), Duration.ofSeconds(2), readTimeout);
	}

	/** A port nothing listens on: bound and released, so connecting to it is refused. */
	public static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs {@code call}, asserts it throws a {@code type} and returns it for further
	 * assertions.
	 */
	public static <T extends Throwable> T thrownBy(Class<T> type, ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(type);
		return type.cast(thrown);
	}

	/**
	 * Asserts that no message in the exception's cause chain holds the full ID number.
	 */
	public static void assertNoFullIdNumber(Throwable thrown, String idNumber) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain(idNumber);
		}
	}

}
