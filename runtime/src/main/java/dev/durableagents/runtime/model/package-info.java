/**
 * The serializable data of model calls: requests, responses, conversation items and hosted tool
 * configurations. These records cross the model activity boundary, so they are what the workflow
 * history shows, and what a custom {@link dev.durableagents.runtime.Model} reads and writes.
 */
package dev.durableagents.runtime.model;
