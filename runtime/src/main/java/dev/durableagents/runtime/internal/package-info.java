/**
 * Internals of the runtime. Do not use these types directly: they may change in any release without
 * notice. Generated code calls some of them; that code is regenerated with the processor of the
 * same version.
 */
package dev.durableagents.runtime.internal;
