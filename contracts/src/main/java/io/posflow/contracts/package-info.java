/**
 * posflow's published language: the integration events services exchange over Kafka, their catalogue, the
 * wire's JSON configuration, and (in resources) the JSON Schemas and the AsyncAPI document.
 */
package io.posflow.contracts;
