package dev.durableagents.examples.human_in_the_loop;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** The shop's order tools: each call is an activity; a refund first waits for a person. */
public interface OrderTools {

  /**
   * An order.
   *
   * @param orderId the order's id
   * @param item what was bought
   * @param amount what it cost, in dollars
   */
  record Order(String orderId, String item, double amount) {}

  @FunctionTool(description = "Look an order up by its id.", startToCloseTimeout = "10s")
  Order lookUpOrder(@Param(description = "The order's id, e.g. A-1001") String orderId);

  /**
   * Money goes out: a person approves every call before it runs. A call nobody decides within a
   * week is rejected.
   */
  @FunctionTool(
      description = "Refund an order to the customer's card.",
      startToCloseTimeout = "10s",
      needsApproval = true,
      approvalTimeout = "7d")
  String refund(
      @Param(description = "The order's id") String orderId,
      @Param(description = "The amount to refund, in dollars") double amount);
}
