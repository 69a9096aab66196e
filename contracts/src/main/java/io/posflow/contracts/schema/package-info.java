/** Validation of serialized events against the published JSON Schemas. */
package io.posflow.contracts.schema;
