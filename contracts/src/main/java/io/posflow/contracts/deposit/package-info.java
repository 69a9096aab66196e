/** Events deposit-service publishes on {@code deposit.deposits.v1}. */
package io.posflow.contracts.deposit;
