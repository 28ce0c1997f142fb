package org.minzheng.flow.lottery;

/** Great-circle distances between coordinates (haversine, mean Earth radius). */
final class Distances {

	static final double EARTH_RADIUS_M = 6_371_008.8;

	private Distances() {
	}

	/**
	 * Metres between two points given in decimal degrees (WGS-84 / GCJ-02 alike at this
	 * scale).
	 */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
