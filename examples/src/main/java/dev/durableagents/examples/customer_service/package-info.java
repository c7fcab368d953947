/**
 * Java port of the {@code customer_service} sample: an airline's customer-service chat as one
 * long-lived workflow. Each message is an update, the history a query; triage, FAQ and seat booking
 * agents hand the conversation to each other, and a tool changes the run's context. The workflow
 * continues as new with its whole state when Temporal suggests it. It runs on {@link
 * dev.durableagents.examples.customer_service.CustomerServiceWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.customer_service;
