package org.minzheng.flow.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists resources under a classpath folder, whether it lies in a directory
 * ({@code target/classes}) or in a jar (the forms module's jar in a reactor build).
 */
final class ClasspathFiles {

	private ClasspathFiles() {
	}

	/**
	 * Resource paths ({@code forms/aid/aid-approval.form}) under {@code folder} that end
	 * with {@code suffix}.
	 */
	static List<String> list(String folder, String suffix) {
		TreeSet<String> found = new TreeSet<>();
		try {
			for (URL root : Collections.list(loader().getResources(folder))) {
				URI uri = root.toURI();
				if ("jar".equals(uri.getScheme())) {
					FileSystem jar = jarFileSystem(uri);
					collect(jar.getPath(folder), folder, suffix, found);
				}
				else {
					collect(Path.of(uri), folder, suffix, found);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		return List.copyOf(found);
	}

	static InputStream open(String resource) {
		InputStream stream = loader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalArgumentException("no resource " + resource);
		}
		return stream;
	}

	/** {@code forms/aid/aid-approval.form} → {@code aid-approval}. */
	static String baseName(String resource) {
		String name = resource.substring(resource.lastIndexOf('/') + 1);
		return name.substring(0, name.lastIndexOf('.'));
	}

	private static void collect(Path root, String folder, String suffix, TreeSet<String> found) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile)
				.map(file -> folder + "/" + root.relativize(file).toString().replace('\\', '/'))
				.filter(name -> name.endsWith(suffix))
				.forEach(found::add);
		}
	}

	private static FileSystem jarFileSystem(URI uri) throws IOException {
		try {
			return FileSystems.newFileSystem(uri, Map.of());
		}
		catch (FileSystemAlreadyExistsException ex) {
			return FileSystems.getFileSystem(uri);
		}
	}

	private static ClassLoader loader() {
		return Thread.currentThread().getContextClassLoader();
	}

}
