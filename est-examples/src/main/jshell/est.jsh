// The est4j workbench: started by ./est shell with est4j on the module path.
import org.est4j.core.*;
import org.est4j.core.analysis.*;
import org.est4j.core.area.*;
import org.est4j.core.assessment.*;
import org.est4j.core.cycle.*;
import org.est4j.core.evaluation.*;
import org.est4j.core.mapping.*;
import org.est4j.core.measure.*;
import org.est4j.core.picture.*;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.examples.Workbench;
import org.est4j.examples.demo.DemoMunicipality;
import java.time.LocalDate;

var demo = DemoMunicipality.generate();
var cycle = Workbench.cycle(demo);
System.out.println("est4j workbench: 'demo' is " + demo.name() + ", 'cycle' holds it: " + cycle);
System.out.println("Try: cycle.picture(Period.parse(\"2025-W26\"))");
