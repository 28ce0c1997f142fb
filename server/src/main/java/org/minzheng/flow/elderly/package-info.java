/**
 * 养老服务 line, 高龄津贴 (senior allowance) without an application (无感申办): the population
 * registry's messages open, stop and reconcile the cases
 * ({@link org.minzheng.flow.elderly.RegistryMessages}); the shipped decision table
 * decides eligibility and the monthly amount by age band, clear cases are granted by the
 * rule alone (秒批) and unclear ones go to the street's clerk
 * ({@link org.minzheng.flow.elderly.Allowances}); the monthly payment roster and the
 * supervisor's figures read the cases
 * ({@link org.minzheng.flow.elderly.AllowanceRoster}).
 */
package org.minzheng.flow.elderly;
