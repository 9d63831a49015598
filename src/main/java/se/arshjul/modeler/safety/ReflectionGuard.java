package se.arshjul.modeler.safety;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * First in the engine's resolver chain: refuses, at run time, what the deploy-time check refuses, in
 * case a model got past it — reflection ({@code getClass}, {@code forName}), class loaders, the
 * runtime and anything reached through a {@link Class}. Everything else falls through to the normal resolvers.
 */
final class ReflectionGuard extends ELResolver {
    private static final Set<String> BLOCKED = Set.of("getClass", "class", "forName", "getClassLoader", "classLoader", "loadClass",
            "getRuntime", "exec", "invoke", "newInstance", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getDeclaredField", "getDeclaredConstructor", "getConstructor", "getProcessEngine", "getProcessEngineServices",
            "getApplicationContext", "getBean");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        check(base, property);
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        check(base, method);
        return null;
    }

    private static void check(Object base, Object member) {
        if (base == null) return;
        if (base instanceof Class<?> || base instanceof ClassLoader || base instanceof Runtime || base instanceof ProcessBuilder
                || BLOCKED.contains(String.valueOf(member))) {
            throw new ELException("Expression refused: " + member + " is not available in process models");
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        check(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        check(base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
