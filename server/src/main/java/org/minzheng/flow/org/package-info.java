/**
 * Organisation units: the city bureau, its 10 district-level bureaus and 74 street
 * offices, loaded from the shipped reference data by migration and kept as an immutable
 * tree.
 */
package org.minzheng.flow.org;
