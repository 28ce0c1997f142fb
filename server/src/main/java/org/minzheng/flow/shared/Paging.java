package org.minzheng.flow.shared;

/**
 * One page of a list endpoint, bounded in one place: every paged endpoint builds its page
 * through {@link #of} so that {@code page × size} is an offset the database takes (a page
 * number of ten million would overflow the SQL offset). Out-of-range values are refused
 * with {@code 400 PAGE_NUMBER} or {@code 400 PAGE_SIZE}, naming the parameter.
 *
 * @param page the page number, from 0
 * @param size rows per page
 */
public record Paging(int page, int size) {

	/** Highest page number any endpoint accepts. */
	public static final int MAX_PAGE = 100_000;

	/** Largest page any endpoint accepts; an endpoint may allow fewer rows. */
	public static final int MAX_SIZE = 500;

	public Paging {
		if (page < 0 || page > MAX_PAGE) {
			throw ApiException.badRequest("PAGE_NUMBER", "page", "页码须在 0 到 {0} 之间", MAX_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ApiException.badRequest("PAGE_SIZE", "size", "每页条数须在 1 到 {0} 之间", MAX_SIZE);
		}
	}

	/**
	 * The page a request asked for, refused unless {@code 0 ≤ page ≤ MAX_PAGE} and
	 * {@code 1 ≤ size ≤ maxSize}.
	 */
	public static Paging of(int page, int size, int maxSize) {
		if (size < 1 || size > Math.min(maxSize, MAX_SIZE)) {
			throw ApiException.badRequest("PAGE_SIZE", "size", "每页条数须在 1 到 {0} 之间", Math.min(maxSize, MAX_SIZE));
		}
		return new Paging(page, size);
	}

	/** The rows to skip: at most {@code MAX_PAGE × MAX_SIZE}, well within an int. */
	public int offset() {
		return page * size;
	}

}
