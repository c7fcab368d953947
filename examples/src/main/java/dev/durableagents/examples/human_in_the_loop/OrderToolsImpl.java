package dev.durableagents.examples.human_in_the_loop;

import java.util.Locale;
import java.util.Map;

/** The worker-side order tools, on two fixed orders. */
public final class OrderToolsImpl implements OrderTools {

  private static final Map<String, Order> ORDERS =
      Map.of(
          "A-1001", new Order("A-1001", "wireless headphones", 40.00),
          "A-1002", new Order("A-1002", "laptop", 900.00));

  @Override
  public Order lookUpOrder(String orderId) {
    Order order = ORDERS.get(orderId);
    if (order == null) {
      throw new IllegalArgumentException("No order " + orderId);
    }
    return order;
  }

  @Override
  public String refund(String orderId, double amount) {
    lookUpOrder(orderId);
    return String.format(
        Locale.ROOT, "Refunded $%.2f for order %s (refund R-%s)", amount, orderId, orderId);
  }
}
