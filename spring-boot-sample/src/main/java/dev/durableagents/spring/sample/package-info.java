/** The Spring Boot sample: an agent and its tool bean on Temporal's Spring Boot starter. */
package dev.durableagents.spring.sample;
