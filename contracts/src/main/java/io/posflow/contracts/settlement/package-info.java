/** Events settlement-service publishes on {@code settlement.transactions.v1} and {@code settlement.payouts.v1}. */
package io.posflow.contracts.settlement;
