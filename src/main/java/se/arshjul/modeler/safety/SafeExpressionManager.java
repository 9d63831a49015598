package se.arshjul.modeler.safety;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager with two limits: expressions see only the allow-listed beans (not
 * every bean of the application, such as the identity service), and the {@link ReflectionGuard}
 * answers first.
 */
final class SafeExpressionManager extends SpringExpressionManager {

    SafeExpressionManager(ApplicationContext context, Set<String> beans) {
        super(context, new AllowedBeans(context, beans));
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ReflectionGuard());
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** The allowed beans by name, looked up when first used (they may be created after the engine). */
    private static final class AllowedBeans extends AbstractMap<Object, Object> {
        private final ApplicationContext context;
        private final Set<String> names;

        AllowedBeans(ApplicationContext context, Set<String> names) {
            this.context = context;
            this.names = Set.copyOf(names);
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key) && context.containsBean((String) key);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names.stream().filter(context::containsBean)
                    .map(n -> Map.entry((Object) n, context.getBean(n))).collect(Collectors.toSet());
        }
    }
}
