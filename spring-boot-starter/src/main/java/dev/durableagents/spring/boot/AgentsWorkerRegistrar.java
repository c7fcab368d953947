package dev.durableagents.spring.boot;

import io.temporal.worker.Worker;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers generated agents and tool beans on the workers of Temporal's Spring Boot starter, once
 * every singleton exists and before the workers start (Temporal's starter starts them on {@code
 * ApplicationReadyEvent}).
 *
 * <p>The rules, on every worker whose task queue is listed in {@code durable-agents.task-queues}
 * (every worker when the list is empty):
 *
 * <ol>
 *   <li><b>Agents.</b> Each generated {@code AgentsModule} found in the configured packages or
 *       their sub-packages ({@code durable-agents.packages}; default the package of the
 *       {@code @SpringBootApplication} class) registers its package's agent workflows.
 *   <li><b>Tools.</b> Each bean that implements a tool set, an interface {@code T} for which the
 *       processor generated {@code TActivitiesImpl} beside it, is registered as that tool set's
 *       activities (through the adapter). A bean implementing several tool sets is registered for
 *       each. {@code durable-agents.register-tool-beans=false} turns this off.
 * </ol>
 *
 * <p>Beans of Temporal's own {@code @ActivityImpl}/{@code @WorkflowImpl} auto-discovery are not
 * touched: annotate nothing for agents, and do not register a tool bean twice.
 */
public class AgentsWorkerRegistrar implements SmartInitializingSingleton {

  private static final String MODULE = "AgentsModule";

  private final ConfigurableListableBeanFactory beanFactory;
  private final List<String> packages;
  private final Set<String> taskQueues;
  private final boolean registerToolBeans;
  private final List<Class<?>> modules = new ArrayList<>();
  private final Map<String, List<String>> registered = new LinkedHashMap<>();

  /**
   * A registrar of the {@code AgentsModule}s under {@code packages}, and the tool beans of {@code
   * beanFactory}, on the workers of {@code taskQueues} (all workers when empty).
   */
  public AgentsWorkerRegistrar(
      ConfigurableListableBeanFactory beanFactory,
      List<String> packages,
      List<String> taskQueues,
      boolean registerToolBeans) {
    this.beanFactory = beanFactory;
    this.packages = List.copyOf(packages);
    this.taskQueues = new LinkedHashSet<>(taskQueues);
    this.registerToolBeans = registerToolBeans;
  }

  @Override
  public void afterSingletonsInstantiated() {
    ClassLoader loader = beanFactory.getBeanClassLoader();
    modules.addAll(findModules(packages, loader));
    Map<String, Worker> workers = beanFactory.getBeansOfType(Worker.class, false, false);
    Map<Class<?>, Object> tools = registerToolBeans ? toolBeans(loader) : Map.of();
    for (Worker worker : workers.values()) {
      if (!taskQueues.isEmpty() && !taskQueues.contains(worker.getTaskQueue())) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Class<?> module : modules) {
        invokeRegister(module, worker);
        names.add(module.getName());
      }
      for (Map.Entry<Class<?>, Object> tool : tools.entrySet()) {
        worker.registerActivitiesImplementations(adapter(tool.getKey(), tool.getValue(), loader));
        names.add(tool.getKey().getName());
      }
      registered.put(worker.getTaskQueue(), Collections.unmodifiableList(names));
    }
  }

  /** The {@code AgentsModule} classes found, in package order. */
  public List<Class<?>> modules() {
    return Collections.unmodifiableList(modules);
  }

  /**
   * What was registered, by task queue: the {@code AgentsModule}s and the tool set interfaces whose
   * beans were registered.
   */
  public Map<String, List<String>> registered() {
    return Collections.unmodifiableMap(registered);
  }

  static List<Class<?>> findModules(List<String> packages, ClassLoader loader) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(
              org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isIndependent();
          }
        };
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\." + MODULE)));
    if (loader != null) {
      scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(loader));
    }
    Set<String> names = new TreeSet<>();
    for (String pkg : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
        names.add(candidate.getBeanClassName());
      }
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      Class<?> type = ClassUtils.resolveClassName(name, loader);
      if (registerMethod(type) != null) {
        found.add(type);
      }
    }
    return found;
  }

  private Map<Class<?>, Object> toolBeans(ClassLoader loader) {
    Map<Class<?>, Object> tools = new LinkedHashMap<>();
    // Singletons only, with those registered directly (registerSingleton); no eager init of
    // factory beans or lazy beans just to learn their type.
    for (String name : beanFactory.getBeanNamesForType(Object.class, false, false)) {
      Class<?> type = beanFactory.getType(name, false);
      if (type == null) {
        continue;
      }
      for (Class<?> iface : ClassUtils.getAllInterfacesForClassAsSet(type, loader)) {
        if (adapterType(iface, loader) != null) {
          Object previous = tools.putIfAbsent(iface, beanFactory.getBean(name));
          if (previous != null && previous != beanFactory.getBean(name)) {
            throw new IllegalStateException(
                "Two beans implement tool set "
                    + iface.getName()
                    + " (one is '"
                    + name
                    + "'): a worker registers one implementation of a tool set; keep one bean, or"
                    + " set durable-agents.register-tool-beans=false and register them yourself");
          }
        }
      }
    }
    return tools;
  }

  /** {@code TActivitiesImpl} beside {@code T}, with enclosing types joined by underscores. */
  static Class<?> adapterType(Class<?> iface, ClassLoader loader) {
    if (!iface.isInterface()) {
      return null;
    }
    String pkg = iface.getPackageName();
    String base = iface.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('$', '_');
    String adapter = (pkg.isEmpty() ? "" : pkg + ".") + base + "ActivitiesImpl";
    if (!ClassUtils.isPresent(adapter, loader)) {
      return null;
    }
    Class<?> type = ClassUtils.resolveClassName(adapter, loader);
    return ClassUtils.hasConstructor(type, iface) ? type : null;
  }

  private static Object adapter(Class<?> iface, Object bean, ClassLoader loader) {
    Class<?> type = adapterType(iface, loader);
    try {
      Constructor<?> constructor = type.getConstructor(iface);
      return constructor.newInstance(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot adapt tool set " + iface.getName(), unwrap(e));
    }
  }

  private static Method registerMethod(Class<?> module) {
    try {
      return module.getMethod("register", Worker.class, Object[].class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static void invokeRegister(Class<?> module, Worker worker) {
    try {
      registerMethod(module).invoke(null, worker, new Object[0]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Registering " + module.getName() + " on task queue " + worker.getTaskQueue() + " failed",
          unwrap(e));
    }
  }

  private static Throwable unwrap(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
  }
}
