/**
 * Spring Boot auto-configuration of Durable Agents on Temporal's {@code
 * temporal-spring-boot-starter}: see {@link
 * dev.durableagents.spring.boot.DurableAgentsAutoConfiguration}.
 */
package dev.durableagents.spring.boot;
