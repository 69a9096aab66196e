/** The topic catalogue: names, owners, keys, partition counts and the events each topic carries. */
package io.posflow.contracts.topics;
