package dev.durableagents.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.durableagents.spring.boot.test.AgentsModule;
import dev.durableagents.spring.boot.test.CityTools;
import dev.durableagents.spring.boot.test.CityToolsActivitiesImpl;
import dev.durableagents.spring.boot.test.CityToolsBean;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The registrar's rules: which modules, which beans, which workers. */
class AgentsWorkerRegistrarTest {

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void findsTheGeneratedModulesOfAPackageAndItsSubPackages() {
    assertEquals(
        List.of(AgentsModule.class),
        AgentsWorkerRegistrar.findModules(
            List.of("dev.durableagents.spring"), getClass().getClassLoader()));
    assertEquals(
        List.of(),
        AgentsWorkerRegistrar.findModules(List.of("org.example"), getClass().getClassLoader()));
  }

  @Test
  void aToolSetIsAnInterfaceWithAGeneratedAdapter() {
    ClassLoader loader = getClass().getClassLoader();
    assertEquals(
        CityToolsActivitiesImpl.class, AgentsWorkerRegistrar.adapterType(CityTools.class, loader));
    assertNull(AgentsWorkerRegistrar.adapterType(Runnable.class, loader));
    assertNull(AgentsWorkerRegistrar.adapterType(CityToolsBean.class, loader));
  }

  @Test
  void registersOnTheListedTaskQueuesOnly() {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("workerA", env.newWorker("a"));
    beans.registerSingleton("workerB", env.newWorker("b"));
    beans.registerSingleton("cityTools", new CityToolsBean());
    AgentsWorkerRegistrar registrar =
        new AgentsWorkerRegistrar(
            beans, List.of("dev.durableagents.spring.boot.test"), List.of("b"), true);
    registrar.afterSingletonsInstantiated();

    assertEquals(
        Map.of("b", List.of(AgentsModule.class.getName(), CityTools.class.getName())),
        registrar.registered());
  }

  @Test
  void toolBeansCanBeLeftOut() {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    Worker worker = env.newWorker("a");
    beans.registerSingleton("worker", worker);
    beans.registerSingleton("cityTools", new CityToolsBean());
    AgentsWorkerRegistrar registrar =
        new AgentsWorkerRegistrar(
            beans, List.of("dev.durableagents.spring.boot.test"), List.of(), false);
    registrar.afterSingletonsInstantiated();

    assertEquals(Map.of("a", List.of(AgentsModule.class.getName())), registrar.registered());
  }

  @Test
  void twoBeansOfOneToolSetAreAnError() {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("worker", env.newWorker("a"));
    beans.registerSingleton("one", new CityToolsBean());
    beans.registerSingleton("two", new CityToolsBean());
    AgentsWorkerRegistrar registrar = new AgentsWorkerRegistrar(beans, List.of(), List.of(), true);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, registrar::afterSingletonsInstantiated);
    assertThat(e).hasMessageContaining("Two beans implement tool set " + CityTools.class.getName());
  }
}
